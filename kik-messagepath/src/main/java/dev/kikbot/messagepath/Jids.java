package dev.kikbot.messagepath;

import dev.kikbot.messagepath.common.XiBareUserJid;
import dev.kikbot.messagepath.common.v1.XiBareUserJidOrAliasJid;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Kik usernames and the bare JIDs that stand for them in CoreMessage. A username's JID local part is the
 * username lower-cased; it must match the JID rule {@code ^[a-z_0-9\.]{2,30}(_[a-z0-9]{3})?$}, which some
 * valid usernames (31 or 32 characters without a suffix-like ending) do not.
 */
public final class Jids {

    /** The rule of {@code common.XiBareUserJid.local_part}. */
    public static final Pattern BARE_JID_LOCAL_PART = Pattern.compile("^[a-z_0-9\\.]{2,30}(_[a-z0-9]{3})?$");

    private Jids() {
    }

    /**
     * @param username a Kik username
     * @param field the Bot API field it came from, for the error
     * @return its bare JID
     * @throws TranslationException if the username cannot be a JID
     */
    public static XiBareUserJid bareJid(String username, String field) {
        String localPart = username == null ? "" : username.toLowerCase(Locale.ROOT);
        if (!BARE_JID_LOCAL_PART.matcher(localPart).matches()) {
            throw new TranslationException(field, "'" + username + "' cannot be a JID: lower-cased it must match "
                    + BARE_JID_LOCAL_PART.pattern());
        }
        return XiBareUserJid.newBuilder().setLocalPart(localPart).build();
    }

    /**
     * @param username a Kik username
     * @param field the Bot API field it came from, for the error
     * @return the v2 form of its bare JID
     * @throws TranslationException if the username cannot be a JID
     */
    public static XiBareUserJidOrAliasJid bareJidV2(String username, String field) {
        return XiBareUserJidOrAliasJid.newBuilder().setBareUserJid(bareJid(username, field)).build();
    }

    /**
     * @param jid a bare JID
     * @return the username it stands for (Kik usernames are case-insensitive; this is the lower-case form)
     */
    public static String username(XiBareUserJid jid) {
        return jid.getLocalPart();
    }
}
