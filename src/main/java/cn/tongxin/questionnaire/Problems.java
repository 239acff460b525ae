package cn.tongxin.questionnaire;

import java.util.ArrayList;
import java.util.List;

import cn.tongxin.shared.FieldErrors;

/**
 * Errors collected under field names and refused together (422), with a summary that names the first problem itself
 * (an API client reading only the detail still learns which question to fix).
 */
final class Problems {

    private final List<FieldErrors.FieldError> errors = new ArrayList<>();

    Problems add(String field, String message) {
        errors.add(new FieldErrors.FieldError(field, message));
        return this;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            String first = errors.getFirst().message();
            throw new FieldErrors(errors.size() == 1 ? first : first + "（共" + errors.size() + "处需要修改）", errors);
        }
    }

    static FieldErrors field(String field, String message) {
        return new FieldErrors(message, List.of(new FieldErrors.FieldError(field, message)));
    }
}
