package cn.tongxin.attachment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A file as it arrives from a form or the API. */
public record Upload(String filename, byte[] content) {

    /** The files of a multipart form field, empty ones (a file input left blank) left out; none when the field is absent. */
    public static List<Upload> of(List<MultipartFile> parts) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile part : parts == null ? List.<MultipartFile>of() : parts) {
            if (!part.isEmpty()) {
                uploads.add(new Upload(part.getOriginalFilename(), part.getBytes()));
            }
        }
        return uploads;
    }

    public boolean isEmpty() {
        return content == null || content.length == 0;
    }

    @Override
    public String toString() {
        return "Upload[" + filename + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}
