package io.kwlint.schema;

import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.SeqNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON document kubectl sends for a YAML object: the same conversion (go-yaml types, keys as
 * strings), with one difference the API server makes too: a field set to null is left out, since
 * decoding null into a Go field leaves it unset rather than failing.
 */
final class JsonInstance {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonInstance() {
    }

    static JsonNode of(Node node) {
        if (node instanceof MapNode map) {
            ObjectNode object = JSON.objectNode();
            for (MapNode.Entry entry : map.entries()) {
                if (!isNull(entry.value()) && !entry.value().isDefaulted()) {
                    object.set(entry.name(), of(entry.value()));
                }
            }
            return object;
        }
        if (node instanceof SeqNode seq) {
            ArrayNode array = JSON.arrayNode();
            seq.items().forEach(item -> array.add(of(item)));
            return array;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar.value());
        }
        return JSON.nullNode();
    }

    private static JsonNode scalar(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        }
        if (value instanceof BigInteger integer) {
            return integer.bitLength() < 64 ? JSON.numberNode(integer.longValue()) : JSON.numberNode(integer);
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.numberNode(decimal);
        }
        if (value instanceof Double number) {
            return JSON.numberNode(number);
        }
        return JSON.stringNode(String.valueOf(value));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.isNull();
    }
}
