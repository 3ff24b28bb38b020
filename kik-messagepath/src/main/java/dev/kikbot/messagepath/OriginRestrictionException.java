package dev.kikbot.messagepath;

import dev.kikbot.api.KikException;
import dev.kikbot.messagepath.model.CoreMessageOptions.CoreMessageOriginRestriction.Origin;
import java.util.List;

/** A sender set attachments its origin may not send, per the schema's {@code origin_restriction} options. */
public class OriginRestrictionException extends KikException {

    private static final long serialVersionUID = 1L;

    private final Origin origin;
    private final transient List<String> fields;

    /**
     * @param origin the sender's origin
     * @param fields the denied fields that were set
     */
    public OriginRestrictionException(Origin origin, List<String> fields) {
        super("A " + origin + " sender may not set " + String.join(", ", fields));
        this.origin = origin;
        this.fields = List.copyOf(fields);
    }

    /** @return the sender's origin */
    public Origin origin() {
        return origin;
    }

    /** @return the paths of the denied fields that were set */
    public List<String> fields() {
        return fields;
    }
}
