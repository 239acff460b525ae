package cn.tongxin.opinion;

import java.util.ArrayList;
import java.util.List;

/** What editing changed: character-level for Chinese text (longest common subsequence), bounded in size. */
public final class TextDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    public record Segment(Kind kind, String text) {
        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    private static final int MAX_CELLS = 9_000_000;

    private TextDiff() {
    }

    public static List<Segment> diff(String original, String edited) {
        String a = original == null ? "" : original;
        String b = edited == null ? "" : edited;
        if ((long) a.length() * b.length() > MAX_CELLS) {
            return List.of(new Segment(Kind.REMOVED, a), new Segment(Kind.ADDED, b));
        }
        int n = a.length();
        int m = b.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.charAt(i) == b.charAt(j)) {
                append(out, Kind.SAME, a.charAt(i));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(out, Kind.ADDED, b.charAt(j++));
            } else {
                append(out, Kind.REMOVED, a.charAt(i++));
            }
        }
        return out;
    }

    private static void append(List<Segment> out, Kind kind, char c) {
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            Segment last = out.removeLast();
            out.add(new Segment(kind, last.text() + c));
        } else {
            out.add(new Segment(kind, String.valueOf(c)));
        }
    }
}
