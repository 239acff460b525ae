package cn.tongxin.attachment;

/** A file as it arrives from a form or the API. */
public record Upload(String filename, byte[] content) {

    public boolean isEmpty() {
        return content == null || content.length == 0;
    }

    @Override
    public String toString() {
        return "Upload[" + filename + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}
