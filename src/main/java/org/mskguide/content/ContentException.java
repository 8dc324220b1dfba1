package org.mskguide.content;

/** Bad content: the message always names the file (relative to the content folder) and the problem. */
public class ContentException extends RuntimeException {

    private final String file;

    public ContentException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ContentException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
