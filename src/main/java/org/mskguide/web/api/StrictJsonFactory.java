package org.mskguide.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A JSON factory whose parsers refuse a field given twice in one object ({@link DuplicateField}) and
 * anything after the first value ({@link TrailingContent}), each as an exception type of its own, so the
 * error can name the field without reading Jackson's message text.
 */
public final class StrictJsonFactory extends JsonFactory {

    @Override
    public JsonParser createParser(InputStream in) throws IOException {
        return new StrictParser(super.createParser(in));
    }

    @Override
    public JsonParser createParser(Reader r) throws IOException {
        return new StrictParser(super.createParser(r));
    }

    @Override
    public JsonParser createParser(byte[] data) throws IOException {
        return new StrictParser(super.createParser(data));
    }

    @Override
    public JsonParser createParser(byte[] data, int offset, int len) throws IOException {
        return new StrictParser(super.createParser(data, offset, len));
    }

    @Override
    public JsonParser createParser(String content) throws IOException {
        return new StrictParser(super.createParser(content));
    }

    /** A field that appears twice in the same object; {@link #path()} is e.g. {@code answers.alpha-1}. */
    public static final class DuplicateField extends JsonParseException {
        private final String path;

        DuplicateField(JsonParser parser, String path) {
            super(parser, "Duplicate field '" + path + "'");
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** Something after the complete JSON value, such as a second object. */
    public static final class TrailingContent extends JsonParseException {
        TrailingContent(JsonParser parser) {
            super(parser, "Content after the JSON value");
        }
    }

    private static final class StrictParser extends JsonParserDelegate {

        /** The field names seen in each open object, innermost first. */
        private final Deque<Set<String>> objects = new ArrayDeque<>();
        private boolean rootDone;

        StrictParser(JsonParser delegate) {
            super(delegate);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token == null) {
                return null;
            }
            if (rootDone) {
                throw new TrailingContent(this);
            }
            switch (token) {
                case START_OBJECT -> objects.push(new HashSet<>());
                case END_OBJECT -> objects.pop();
                case FIELD_NAME -> {
                    if (!objects.peek().add(currentName())) {
                        throw new DuplicateField(this, path());
                    }
                }
                default -> {
                }
            }
            if (token.isStructEnd() || token.isScalarValue()) {
                rootDone = getParsingContext().inRoot();
            }
            return token;
        }

        // Jackson's shortcuts go straight to the wrapped parser; route them through nextToken so no field escapes.

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken current = currentToken();
            if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
                return this;
            }
            for (int open = 1; open > 0;) {
                JsonToken token = nextToken();
                if (token == null) {
                    return this;
                }
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }

        /** The dotted path of the current field, e.g. {@code answers.alpha-1}. */
        private String path() {
            Deque<String> names = new ArrayDeque<>();
            for (var context = getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
                if (context.inObject() && context.getCurrentName() != null) {
                    names.push(context.getCurrentName());
                }
            }
            return String.join(".", names);
        }
    }
}
