package org.mskguide.export;

import java.util.Map;

/** Opens {@link ExportReader} (package-private) to tests in other packages. */
public final class ExportReaderAccess {

    private ExportReaderAccess() {
    }

    public static Map<String, byte[]> unzip(byte[] zip) {
        return ExportReader.unzip(zip);
    }
}
