package io.kwlint.yaml;

/**
 * A fast reader for the block style nearly every manifest is written in, giving the same events
 * at the same places as SnakeYAML Engine's parser, or giving up.
 *
 * <p>SnakeYAML scans a character at a time through a general token machine; it was more than half
 * of kwlint's time on a large repository. This parser reads line by line the subset that tools and
 * people write: block mappings and sequences (indentless ones too), plain scalars over lines (as
 * go-yaml folds long strings), quoted scalars over lines with YAML's escapes, literal block
 * scalars, flow collections on one line, comments, {@code ---} and {@code ...}. Anything else
 * (tabs, carriage returns, characters beyond the Basic Multilingual Plane, anchors, aliases,
 * tags, directives, folded scalars, explicit keys, and every syntax error) makes it give up, and
 * the caller reads the text with SnakeYAML from the start: the events delivered so far must be
 * thrown away. It reads about 98% of the shared real-world corpus's characters.
 *
 * <p>The places follow SnakeYAML's marks exactly (BlockYamlParserTest compares both readers on
 * every test and corpus file, YamlReaderFuzzTest on arbitrary text): a block mapping starts at
 * its first key, an indented sequence at its first dash, an indentless one spans its first dash,
 * an empty value is placed after its colon or dash, a literal block scalar ends after the last
 * line break it consumed.
 */
final class BlockYamlParser {

    /** What the parser reads, in document order. */
    interface Events {
        void startDocument();

        void endDocument();

        void scalar(long start, long end, String value, boolean plain);

        void startMapping(long start, long end);

        void startSequence(long start, long end);

        void endCollection();
    }

    /** Thrown to give up; carries no stack trace, as it is control flow. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not in the block subset", null, false, false);
        }
    }

    /** Each reading thread's cache of shared strings. */
    private static final ThreadLocal<CanonicalStrings> STRINGS = ThreadLocal.withInitial(CanonicalStrings::new);

    /** SnakeYAML's longest simple key (a key must fit in this many characters on its line). */
    private static final int MAX_SIMPLE_KEY = 1024;
    /** The line indent that stands for the end of the text or a document marker line. */
    private static final int NO_CONTENT = -1;

    private final String text;
    private final int length;
    private final YamlLimits limits;
    private final Events out;
    private final CanonicalStrings strings;
    private int pos;
    private int line = 1;
    private int lineStart;
    /** The column (0-based) of the current content line's first character, or {@link #NO_CONTENT}. */
    private int indent;
    private int depth;

    private BlockYamlParser(String text, YamlLimits limits, Events out, CanonicalStrings strings) {
        this.strings = strings;
        this.text = text;
        this.length = text.length();
        this.limits = limits;
        this.out = out;
    }

    /**
     * Reads {@code text} into {@code out}; false if the text is outside the subset, in which case
     * {@code out} has received some events and must be discarded.
     */
    static boolean parse(String text, YamlLimits limits, Events out) {
        if (!plainCharacters(text)) {
            return false;
        }
        try {
            new BlockYamlParser(text, limits, out, STRINGS.get()).stream();
            return true;
        } catch (GiveUp e) {
            return false;
        }
    }

    /** The line the parser gave up on, 0 if it read the text: for finding what the subset lacks. */
    static int lineGivenUpOn(String text, YamlLimits limits, Events out) {
        if (!plainCharacters(text)) {
            return 1;
        }
        BlockYamlParser parser = new BlockYamlParser(text, limits, out, new CanonicalStrings());
        try {
            parser.stream();
            return 0;
        } catch (GiveUp e) {
            return parser.line;
        }
    }

    /**
     * Only line feeds and printable characters of the Basic Multilingual Plane that YAML gives no
     * meaning: columns (SnakeYAML counts code points) are then char offsets. Tabs, carriage returns,
     * byte order marks, surrogates and the characters some YAML versions take as line breaks are out.
     */
    private static boolean plainCharacters(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c <= '~' ? c < ' ' && c != '\n' : !plainBeyondAscii(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainBeyondAscii(char c) {
        return (c >= '\u00A0' && c < Character.MIN_SURROGATE && c != '\u2028' && c != '\u2029')
                || (c > Character.MAX_SURROGATE && c <= '\uFFFD' && c != '\uFEFF');
    }

    private static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    // --- documents -------------------------------------------------------------------------------

    private void stream() {
        nextContentLine();
        int documents = 0;
        while (pos < length) {
            boolean explicit = atMarker('-');
            if (atMarker('.') || (!explicit && documents > 0) || ++documents >= limits.maxDocuments()) {
                throw giveUp();
            }
            out.startDocument();
            if (explicit) {
                pos += 3;
                finishLine();
                nextContentLine();
            }
            if (indent != NO_CONTENT) {
                blockNode(-1);
                if (indent != NO_CONTENT) {
                    throw giveUp();
                }
            }
            if (atMarker('.')) {
                // An explicit end: only a new explicit document (or nothing) may follow.
                pos += 3;
                finishLine();
                nextContentLine();
                if (pos < length && !atMarker('-')) {
                    throw giveUp();
                }
            }
            out.endDocument();
        }
    }

    /** A {@code ---} or {@code ...} line start at the current position (column 0). */
    private boolean atMarker(char c) {
        return pos == lineStart && pos + 2 < length && text.charAt(pos) == c && text.charAt(pos + 1) == c
                && text.charAt(pos + 2) == c && (pos + 3 == length || isBlank(text.charAt(pos + 3)));
    }

    // --- lines -----------------------------------------------------------------------------------

    /**
     * Ends the current line: only spaces and a comment may follow what was read. Leaves the
     * position at the line feed (or the end of the text).
     */
    private void finishLine() {
        int start = pos;
        while (pos < length && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos < length && text.charAt(pos) == '#') {
            if (pos == start) {
                throw giveUp();
            }
            skipToLineEnd();
        }
        if (pos < length && text.charAt(pos) != '\n') {
            throw giveUp();
        }
    }

    private void skipToLineEnd() {
        int feed = text.indexOf('\n', pos);
        pos = feed < 0 ? length : feed;
    }

    /**
     * From the line feed (or start) of a finished line, moves to the first character of the next
     * line that holds content (not blank, not only a comment) and sets {@link #indent}; at the end
     * of the text or on a document marker line, {@link #indent} is {@link #NO_CONTENT}.
     */
    private void nextContentLine() {
        if (pos < length && text.charAt(pos) == '\n') {
            newLine();
        }
        while (pos < length) {
            int first = pos;
            while (first < length && text.charAt(first) == ' ') {
                first++;
            }
            if (first == length) {
                pos = length;
                break;
            }
            char c = text.charAt(first);
            if (c == '\n') {
                pos = first;
                newLine();
            } else if (c == '#') {
                pos = first;
                skipToLineEnd();
                if (pos < length) {
                    newLine();
                }
            } else {
                pos = first;
                indent = atMarker('-') || atMarker('.') ? NO_CONTENT : first - lineStart;
                return;
            }
        }
        indent = NO_CONTENT;
    }

    /** Steps over the line feed at the position. */
    private void newLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    private long mark(int index) {
        return Node.pack(line, index - lineStart + 1);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n';
    }

    private boolean blankOrEnd(int index) {
        return index >= length || isBlank(text.charAt(index));
    }

    // --- block nodes -----------------------------------------------------------------------------

    /**
     * The node that starts at the current content line, more indented than {@code parentIndent}
     * (the enclosing collection's indent). Returns on the next content line.
     */
    private void blockNode(int parentIndent) {
        int column = indent;
        if (atEntryDash()) {
            blockSequence(column, false);
        } else if (keyAhead()) {
            blockMapping(column);
        } else {
            valueToLineEnd(parentIndent);
        }
    }

    private void enter() {
        if (++depth >= limits.maxDepth() - 1) {
            throw giveUp();
        }
    }

    private void leave() {
        depth--;
        out.endCollection();
    }

    private void blockMapping(int mappingIndent) {
        enter();
        out.startMapping(mark(pos), mark(pos));
        while (true) {
            int colon = key();
            pos = colon + 1;
            mappingValue(mappingIndent, colon);
            if (indent < mappingIndent) {
                break;
            }
            if (indent > mappingIndent || !keyAhead()) {
                throw giveUp();
            }
        }
        leave();
    }

    /** The value after a key's colon; returns on the next content line. */
    private void mappingValue(int mappingIndent, int colon) {
        long afterColon = mark(colon + 1);
        finishBlankOrValue();
        if (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '#') {
            valueToLineEnd(mappingIndent);
            return;
        }
        skipToLineEnd();
        nextContentLine();
        if (indent > mappingIndent) {
            blockNode(mappingIndent);
        } else if (indent == mappingIndent && atEntryDash()) {
            blockSequence(mappingIndent, true);
        } else {
            out.scalar(afterColon, afterColon, "", true);
        }
    }

    /**
     * A value that starts at the position, then the next content line, which may not be indented
     * more than {@code parentIndent} (it would continue the value, or be an error).
     */
    private void valueToLineEnd(int parentIndent) {
        inlineValue(parentIndent);
        nextContentLine();
        if (indent > parentIndent) {
            throw giveUp();
        }
    }

    /** Whether the position holds a sequence entry's dash (followed by a blank or the end). */
    private boolean atEntryDash() {
        return text.charAt(pos) == '-' && blankOrEnd(pos + 1);
    }

    /** Skips the spaces after an indicator; the next character is a value, a comment or the line's end. */
    private void finishBlankOrValue() {
        while (pos < length && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private void blockSequence(int sequenceIndent, boolean indentless) {
        enter();
        out.startSequence(mark(pos), indentless ? mark(pos + 1) : mark(pos));
        while (true) {
            int dash = pos;
            pos++;
            sequenceEntry(sequenceIndent, dash);
            if (indent < sequenceIndent) {
                break;
            }
            boolean entry = atEntryDash();
            if (indent > sequenceIndent || (!entry && !indentless)) {
                throw giveUp();
            }
            if (!entry) {
                break;
            }
        }
        leave();
    }

    /** The entry after a dash; returns on the next content line. */
    private void sequenceEntry(int sequenceIndent, int dash) {
        finishBlankOrValue();
        if (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '#') {
            if (atEntryDash()) {
                throw giveUp();
            }
            if (keyAhead()) {
                indent = pos - lineStart;
                blockMapping(indent);
                if (indent > sequenceIndent) {
                    throw giveUp();
                }
                return;
            }
            valueToLineEnd(sequenceIndent);
            return;
        }
        skipToLineEnd();
        long afterDash = mark(dash + 1);
        nextContentLine();
        if (indent > sequenceIndent) {
            blockNode(sequenceIndent);
        } else {
            out.scalar(afterDash, afterDash, "", true);
        }
    }

    // --- keys ------------------------------------------------------------------------------------

    /** Whether the current line, from the position, is a simple key followed by a colon and a blank. */
    private boolean keyAhead() {
        return keyEnd() >= 0;
    }

    /** The index of the colon after the key at the position, or -1 if the line holds no key here. */
    private int keyEnd() {
        char c = text.charAt(pos);
        int end;
        if (c == '"' || c == '\'') {
            end = quotedEnd(pos);
            if (end < 0) {
                return -1;
            }
        } else if (plainStart(pos, false)) {
            end = plainEnd(pos, false);
        } else {
            return -1;
        }
        if (end < length && text.charAt(end) == ':' && blankOrEnd(end + 1) && end - pos <= MAX_SIMPLE_KEY) {
            return end;
        }
        return -1;
    }

    /** Reads the key at the position, delivers it, and returns the index of its colon. */
    private int key() {
        int colon = keyEnd();
        if (colon < 0) {
            throw giveUp();
        }
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            quoted(pos, colon);
        } else {
            out.scalar(mark(pos), mark(colon), strings.of(text, pos, colon), true);
        }
        return colon;
    }

    // --- scalars and flow collections ------------------------------------------------------------

    /**
     * A value that starts on the current line at the position: a scalar, a flow collection or a
     * literal block scalar. Leaves the position at the line feed (or end) of its last line.
     */
    private void inlineValue(int parentIndent) {
        char c = text.charAt(pos);
        switch (c) {
            case '[', '{' -> {
                flowCollection();
                finishLine();
            }
            case '"', '\'' -> {
                quotedScalar(parentIndent);
                finishLine();
            }
            case '|' -> literalBlockScalar(parentIndent);
            default -> {
                plainScalar(parentIndent);
                finishLine();
            }
        }
    }

    /**
     * A plain scalar in block context, over as many lines as are indented more than
     * {@code parentIndent}: a line break folds to a space, each blank line between to a line
     * feed, and a comment line ends it. Leaves the position after its last character.
     */
    private void plainScalar(int parentIndent) {
        if (!plainStart(pos, false)) {
            throw giveUp();
        }
        long startMark = mark(pos);
        int end = plainEnd(pos, false);
        String first = strings.of(text, pos, end);
        StringBuilder value = null;
        pos = end;
        while (parentIndent >= 0) {
            int afterSpaces = pos;
            while (afterSpaces < length && text.charAt(afterSpaces) == ' ') {
                afterSpaces++;
            }
            if (afterSpaces >= length || text.charAt(afterSpaces) != '\n') {
                break;
            }
            // Look ahead for a continuation line, committing to it only if there is one.
            int nextLineStart = afterSpaces + 1;
            int breaks = 0;
            int chunk = nextLineStart;
            while (true) {
                while (chunk < length && text.charAt(chunk) == ' ') {
                    chunk++;
                }
                if (chunk < length && text.charAt(chunk) == '\n') {
                    breaks++;
                    nextLineStart = ++chunk;
                } else {
                    break;
                }
            }
            if (chunk >= length || chunk - nextLineStart <= parentIndent || text.charAt(chunk) == '#') {
                break;
            }
            int chunkEnd = plainEnd(chunk, false);
            if (chunkEnd == chunk) {
                throw giveUp();
            }
            if (value == null) {
                value = new StringBuilder(first);
            }
            value.append(breaks == 0 ? " " : "\n".repeat(breaks)).append(text, chunk, chunkEnd);
            line += 1 + breaks;
            lineStart = nextLineStart;
            pos = chunkEnd;
        }
        out.scalar(startMark, mark(pos), value == null ? first : value.toString(), true);
        if (pos < length && text.charAt(pos) == ':') {
            throw giveUp();
        }
    }

    /**
     * Whether a plain scalar may start at {@code index} (YAML's indicators may not, except a
     * {@code -}, {@code ?} or {@code :} followed by a non-blank in block context).
     */
    private boolean plainStart(int index, boolean flow) {
        char c = text.charAt(index);
        switch (c) {
            case ' ', '\n', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
                return false;
            case '-':
                return !blankOrEnd(index + 1) && !(flow && isFlowIndicator(text.charAt(index + 1)));
            case '?', ':':
                return !flow && !blankOrEnd(index + 1);
            default:
                return true;
        }
    }

    private static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /**
     * Where a one-line plain scalar starting at {@code index} ends (exclusive, trailing spaces
     * left out): before {@code ": "}, {@code " #"} or the line's end; in flow context also before
     * any flow indicator or colon (the caller decides what a colon there means).
     */
    private int plainEnd(int index, boolean flow) {
        int i = index;
        int end = index;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                break;
            }
            if (c == ' ') {
                if (i + 1 < length && text.charAt(i + 1) == '#') {
                    break;
                }
            } else if (c == ':' && (flow || blankOrEnd(i + 1))) {
                break;
            } else if (flow && isFlowIndicator(c)) {
                break;
            } else {
                end = i + 1;
            }
            i++;
        }
        return end;
    }

    /**
     * The index after the closing quote of a one-line quoted scalar at {@code index}, or -1 if it
     * does not close on its line or holds a backslash in double quotes (escapes are left to SnakeYAML).
     */
    private int quotedEnd(int index) {
        char quote = text.charAt(index);
        for (int i = index + 1; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\\' && quote == '"')) {
                return -1;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < length && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /**
     * A quoted scalar in block context, over as many lines as are indented more than
     * {@code parentIndent}: a line break folds to a space (none after an escaped one in double
     * quotes), each blank line between to a line feed; double quotes take YAML's escapes, single
     * quotes only {@code ''}. Leaves the position after the closing quote.
     */
    private void quotedScalar(int parentIndent) {
        char quote = text.charAt(pos);
        long startMark = mark(pos);
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= length) {
                throw giveUp();
            }
            char c = text.charAt(pos);
            if (c == quote && quote == '\'' && pos + 1 < length && text.charAt(pos + 1) == '\'') {
                value.append(c);
                pos += 2;
            } else if (c == quote) {
                pos++;
                break;
            } else if (c == '\\' && quote == '"') {
                escape(value, parentIndent);
            } else if (!quotedSpaces(value, parentIndent)) {
                value.append(c);
                pos++;
            }
        }
        out.scalar(startMark, mark(pos), value.toString(), false);
    }

    /**
     * At spaces or a line break inside a quoted scalar: spaces before a line break and the break
     * fold to one space (a line feed per blank line between); other spaces are kept. False if the
     * position holds neither.
     */
    private boolean quotedSpaces(StringBuilder value, int parentIndent) {
        char c = text.charAt(pos);
        if (c != ' ' && c != '\n') {
            return false;
        }
        int afterSpaces = pos;
        while (afterSpaces < length && text.charAt(afterSpaces) == ' ') {
            afterSpaces++;
        }
        if (afterSpaces < length && text.charAt(afterSpaces) == '\n') {
            pos = afterSpaces;
            int breaks = continueOnNextLine(parentIndent);
            value.append(breaks == 0 ? " " : "\n".repeat(breaks));
        } else {
            value.append(text, pos, afterSpaces);
            pos = afterSpaces;
        }
        return true;
    }

    /** Reads the escape at the position (a backslash) into {@code value}. */
    private void escape(StringBuilder value, int parentIndent) {
        if (pos + 1 >= length) {
            throw giveUp();
        }
        char c = text.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case '0' -> value.append('\0');
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 't' -> value.append('\t');
            case 'n' -> value.append('\n');
            case 'v' -> value.append('\u000B');
            case 'f' -> value.append('\f');
            case 'r' -> value.append('\r');
            case 'e' -> value.append('\u001B');
            case ' ', '"', '\\', '/' -> value.append(c);
            case 'N' -> value.append('\u0085');
            case '_' -> value.append('\u00A0');
            case 'L' -> value.append('\u2028');
            case 'P' -> value.append('\u2029');
            case 'x' -> value.appendCodePoint(hexEscape(2));
            case 'u' -> value.appendCodePoint(hexEscape(4));
            case 'U' -> value.appendCodePoint(hexEscape(8));
            case '\n' -> {
                // An escaped line break joins the lines without a space.
                pos--;
                value.append("\n".repeat(continueOnNextLine(parentIndent)));
            }
            default -> throw giveUp();
        }
    }

    /** The code point of the {@code digits} hex digits at the position; a surrogate or beyond Unicode gives up. */
    private int hexEscape(int digits) {
        if (pos + digits > length) {
            throw giveUp();
        }
        int code = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
                throw giveUp();
            }
            code = code * 16 + digit;
        }
        pos += digits;
        if (code > Character.MAX_CODE_POINT || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
            throw giveUp();
        }
        return code;
    }

    /**
     * From a line break inside a quoted scalar, moves to the first non-space character of the
     * next line with one, and returns how many blank lines were between. The scalar must go on
     * indented more than {@code parentIndent}, and not at the document level.
     */
    private int continueOnNextLine(int parentIndent) {
        int breaks = 0;
        newLine();
        while (true) {
            while (pos < length && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos < length && text.charAt(pos) == '\n') {
                breaks++;
                newLine();
            } else {
                break;
            }
        }
        if (pos >= length || parentIndent < 0 || pos - lineStart <= parentIndent) {
            throw giveUp();
        }
        return breaks;
    }

    /** Delivers the quoted scalar from {@code start} to {@code end} (the quotes included). */
    private void quoted(int start, int end) {
        String value = text.substring(start + 1, end - 1);
        if (text.charAt(start) == '\'') {
            value = value.replace("''", "'");
        }
        out.scalar(mark(start), mark(end), value, false);
    }

    /** A flow sequence or mapping that opens and closes on the current line. */
    private void flowCollection() {
        enter();
        boolean mapping = text.charAt(pos) == '{';
        char close = mapping ? '}' : ']';
        if (mapping) {
            out.startMapping(mark(pos), mark(pos + 1));
        } else {
            out.startSequence(mark(pos), mark(pos + 1));
        }
        pos++;
        skipFlowSpaces();
        if (text.charAt(pos) == close) {
            pos++;
            leave();
            return;
        }
        while (true) {
            if (mapping) {
                flowScalar(true);
                if (text.charAt(pos) != ':' || !blankOrEnd(pos + 1)) {
                    throw giveUp();
                }
                pos++;
                skipFlowSpaces();
            }
            flowNode();
            skipFlowSpaces();
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                leave();
                return;
            }
            if (c != ',') {
                throw giveUp();
            }
            pos++;
            skipFlowSpaces();
            if (text.charAt(pos) == close) {
                throw giveUp();
            }
        }
    }

    /** Spaces inside a flow collection; the line must not end there. */
    private void skipFlowSpaces() {
        while (pos < length && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos >= length || text.charAt(pos) == '\n' || text.charAt(pos) == '#') {
            throw giveUp();
        }
    }

    private void flowNode() {
        char c = text.charAt(pos);
        if (c == '[' || c == '{') {
            flowCollection();
        } else {
            flowScalar(false);
            if (text.charAt(pos) == ':') {
                throw giveUp();
            }
        }
    }

    /** A quoted or plain scalar in a flow collection; leaves the position after it. */
    private void flowScalar(boolean key) {
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            int end = quotedEnd(pos);
            if (end < 0) {
                throw giveUp();
            }
            quoted(pos, end);
            pos = end;
            return;
        }
        if (!plainStart(pos, true)) {
            throw giveUp();
        }
        int end = plainEnd(pos, true);
        if (end >= length || end == pos) {
            throw giveUp();
        }
        out.scalar(mark(pos), mark(end), strings.of(text, pos, end), true);
        pos = end;
        if (key && text.charAt(pos) != ':') {
            throw giveUp();
        }
    }

    // --- literal block scalars -------------------------------------------------------------------

    /**
     * A literal block scalar ({@code |}, {@code |-}, {@code |+}) whose content is indented more
     * than {@code parentIndent}. Reads as SnakeYAML does: the indentation is the deepest of the
     * leading blank lines or the first content line; the scalar ends after the last line break
     * before a less indented line. Leaves the position at the start of that line.
     */
    private void literalBlockScalar(int parentIndent) {
        if (parentIndent < 0) {
            throw giveUp();
        }
        int start = pos;
        long startMark = mark(start);
        pos++;
        char chomping = ' ';
        if (pos < length && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            chomping = text.charAt(pos++);
        }
        finishLine();
        if (pos < length) {
            newLine();
        }
        StringBuilder value = new StringBuilder();
        StringBuilder breaks = new StringBuilder();
        long endMark = mark(pos);
        int maxIndent = 0;
        // The leading blank lines, and the indentation they and the first content line give.
        while (pos < length && isBlank(text.charAt(pos))) {
            if (text.charAt(pos) == '\n') {
                breaks.append('\n');
                newLine();
                endMark = mark(pos);
            } else {
                pos++;
                maxIndent = Math.max(maxIndent, pos - lineStart);
            }
        }
        int blockIndent = Math.max(parentIndent + 1, maxIndent);
        boolean readLine = false;
        while (pos - lineStart == blockIndent && pos < length) {
            readLine = true;
            value.append(breaks);
            int feed = text.indexOf('\n', pos);
            int lineEnd = feed < 0 ? length : feed;
            value.append(text, pos, lineEnd);
            pos = lineEnd;
            if (pos == length) {
                // SnakeYAML gives a last line without its line feed one anyway.
                throw giveUp();
            }
            newLine();
            breaks.setLength(0);
            endMark = mark(pos);
            while (pos - lineStart < blockIndent && pos < length && text.charAt(pos) == ' ') {
                pos++;
            }
            while (pos < length && text.charAt(pos) == '\n') {
                breaks.append('\n');
                newLine();
                endMark = mark(pos);
                while (pos - lineStart < blockIndent && pos < length && text.charAt(pos) == ' ') {
                    pos++;
                }
            }
            if (pos - lineStart == blockIndent && pos < length) {
                value.append('\n');
            } else {
                break;
            }
        }
        if (chomping != '-' && readLine) {
            value.append('\n');
        }
        if (chomping == '+') {
            value.append(breaks);
        }
        out.scalar(startMark, endMark, value.toString(), false);
        // Back to the line feed before the line that ended the scalar, for nextContentLine.
        if (pos < length) {
            pos = lineStart - 1;
            line--;
            lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        }
    }
}
