package vn.dondoc.embeddedmongo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A stored document as the BSON bytes the wire carries, with mongo-java-server's own encoder and
 * decoder: every value a client can send comes back the same.
 */
final class BsonBytes {

    private BsonBytes() {
    }

    /** A buffer kept per thread up to this size: most documents fit, none is copied while it grows. */
    private static final int KEPT_BUFFER = 64 * 1024;

    private static final ThreadLocal<ByteBuf> BUFFERS = ThreadLocal.withInitial(() -> Unpooled.buffer(KEPT_BUFFER));

    static byte[] of(Document document) {
        ByteBuf buffer = BUFFERS.get().clear();
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            if (buffer.capacity() > KEPT_BUFFER) {
                buffer.release();
                BUFFERS.remove();
            }
        }
    }

    static Document document(byte[] bytes) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    /** Field names as {@link #fields} compares them, converted once per query. */
    static List<byte[]> names(Set<String> names) {
        return names.stream().map(name -> name.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** The document with only the named top-level fields decoded (in stored order); the others are skipped. */
    static Document fields(byte[] bytes, List<byte[]> wanted) {
        ByteBuf buffer = Unpooled.wrappedBuffer(bytes);
        int end = buffer.readIntLE() + buffer.readerIndex() - 4 - 1;
        Document document = new Document();
        while (buffer.readerIndex() < end) {
            byte type = buffer.readByte();
            int nameLength = buffer.bytesBefore((byte) 0);
            if (isWanted(bytes, buffer.readerIndex(), nameLength, wanted)) {
                String name = buffer.toString(buffer.readerIndex(), nameLength, StandardCharsets.UTF_8);
                buffer.skipBytes(nameLength + 1);
                document.put(name, BsonDecoder.decodeValue(type, buffer));
            } else {
                buffer.skipBytes(nameLength + 1);
                skip(type, buffer);
            }
        }
        return document;
    }

    /** Compares the element's name as stored with the wanted names' bytes: no string for the fields skipped. */
    private static boolean isWanted(byte[] bytes, int from, int length, List<byte[]> wanted) {
        for (byte[] name : wanted) {
            if (name.length == length && Arrays.equals(bytes, from, from + length, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Moves past one value of the BSON type (bsonspec.org, element types 0x01–0x13, 0x7F, 0xFF). */
    private static void skip(byte type, ByteBuf buffer) {
        switch (type) {
            case 0x06, 0x0A, (byte) 0x7F, (byte) 0xFF -> { } // undefined, null, max key, min key
            case 0x08 -> buffer.skipBytes(1); // boolean
            case 0x10 -> buffer.skipBytes(4); // int32
            case 0x01, 0x09, 0x11, 0x12 -> buffer.skipBytes(8); // double, date, timestamp, int64
            case 0x07 -> buffer.skipBytes(12); // ObjectId
            case 0x13 -> buffer.skipBytes(16); // decimal128
            case 0x02, 0x0D, 0x0E -> buffer.skipBytes(buffer.readIntLE()); // string, JavaScript, symbol
            case 0x03, 0x04, 0x0F -> buffer.skipBytes(buffer.readIntLE() - 4); // document, array, code with scope
            case 0x05 -> buffer.skipBytes(buffer.readIntLE() + 1); // binary: length, subtype, bytes
            case 0x0B -> { // regular expression: pattern and options
                buffer.skipBytes(buffer.bytesBefore((byte) 0) + 1);
                buffer.skipBytes(buffer.bytesBefore((byte) 0) + 1);
            }
            case 0x0C -> buffer.skipBytes(buffer.readIntLE() + 12); // DB pointer: string, ObjectId
            default -> throw new IllegalStateException("Unknown BSON type " + type);
        }
    }
}
