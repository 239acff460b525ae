package cn.tongxin.shared;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.function.BiConsumer;

/**
 * A record's components by name and value, with each record type's accessors looked up and made accessible once (for
 * checks that walk request bodies on every call: reflection per call was a few per cent of a write's CPU).
 */
public final class RecordComponents {

    private record Component(String name, MethodHandle accessor) {
    }

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            var result = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    components[i].getAccessor().setAccessible(true);
                    result[i] = new Component(components[i].getName(), MethodHandles.lookup().unreflect(components[i].getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return result;
        }
    };

    private RecordComponents() {
    }

    /** Calls {@code each} with every component's name and value, in declaration order. */
    public static void forEach(Record record, BiConsumer<String, Object> each) {
        for (Component c : COMPONENTS.get(record.getClass())) {
            Object value;
            try {
                value = c.accessor().invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            each.accept(c.name(), value);
        }
    }
}
