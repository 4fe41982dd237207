package org.involveportal.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an export holds: a heading row and rows of cells, each a {@link String} or a {@link Long}
 * (a count a spreadsheet can add up). Written as CSV or XLSX by {@link Exports}.
 */
public final class ExportTable {

    private final List<String> headings;
    private final List<List<Object>> rows = new ArrayList<>();

    public ExportTable(String... headings) {
        this.headings = List.of(headings);
    }

    public ExportTable row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    public List<String> headings() {
        return headings;
    }

    public List<List<Object>> rows() {
        return rows;
    }
}
