package cn.tongxin.participation;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * 为民办实事 as typed: what was done ({@code title}, {@code detail}), for whom ({@code beneficiary}), the day it
 * happened; the studio and the member credited (staff choose them, a studio member is both); optionally the citizen's
 * opinion it answers and what the citizen is told ({@code reply}).
 */
public record DeedForm(Long studioId, Long memberId, String title, String beneficiary, String detail,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn, Long opinionId, String reply) {
}
