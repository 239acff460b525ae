package cn.tongxin.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that breaks several rules at once: each error names its field (and row, for imports). */
public class FieldErrors extends BusinessException {

    private final List<FieldError> errors;

    public FieldErrors(String message, List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }

    /** Collects errors and throws them together. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FieldErrors("提交的内容有误，请修改后重试", errors);
            }
        }
    }
}
