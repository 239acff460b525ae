package cn.tongxin.questionnaire.web;

import java.time.Instant;
import java.util.List;

import cn.tongxin.questionnaire.Audience;
import cn.tongxin.questionnaire.Definition;
import cn.tongxin.questionnaire.PublicIdentity;
import cn.tongxin.questionnaire.Questionnaire;
import cn.tongxin.questionnaire.QuestionnaireWorkflow;

/** A questionnaire as the API returns it: details, questions, status and the office's steps now. */
record QuestionnaireView(long id, String title, String intro, Audience audience, PublicIdentity identifyBy,
                         QuestionnaireWorkflow.Status status, String statusLabel, boolean resultsPublic, Long activityId,
                         Instant openedAt, Instant closedAt, Definition definition, List<QuestionnaireWorkflow.Action> actions) {

    static QuestionnaireView of(Questionnaire q, boolean office) {
        return new QuestionnaireView(q.id(), q.title(), q.intro(), q.audience(), q.identifyBy(), q.status(), q.status().label(),
                q.resultsPublic(), q.activityId(), q.openedAt(), q.closedAt(), q.definition(), office ? q.offered() : List.of());
    }
}
