package com.revreport.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A template's sheet names and tables as its .xlsx parts state them, read without POI: the start-up
 * check runs on every run, the unchanged nightly one included, which otherwise never loads POI at
 * all (see docs/faults.md). A table's column names are its header cells' texts: Excel, LibreOffice
 * and POI all keep the two equal when they save.
 *
 * @param sheets sheet names in their order
 * @param tables column names of each table, by its name in lower case (the writer finds tables ignoring case)
 */
public record TemplateParts(List<String> sheets, Map<String, List<String>> tables) {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * Reads the parts in the order the stream brings them, so that a template inside the jar reads as
     * one on disk.
     *
     * @throws TemplateException when the content is not a readable .xlsx
     */
    public static TemplateParts read(InputStream in) throws IOException {
        TemplateParts template = new TemplateParts(new ArrayList<>(), new HashMap<>());
        boolean hasWorkbook = false;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/workbook.xml")) {
                    hasWorkbook = true;
                    template.readSheets(part(zip));
                }
                else if (entry.getName().startsWith("xl/tables/") && entry.getName().endsWith(".xml")) {
                    template.readTable(part(zip));
                }
            }
        }
        catch (XMLStreamException e) {
            throw TemplateException.unreadable(e);
        }
        if (!hasWorkbook) {
            throw new TemplateException("is not a readable .xlsx workbook (it has no xl/workbook.xml)");
        }
        return template;
    }

    /** The current entry's content apart: the XML reader closes its stream at the document's end. */
    private static InputStream part(ZipInputStream zip) throws IOException {
        return new ByteArrayInputStream(zip.readAllBytes());
    }

    private void readSheets(InputStream part) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                sheets.add(xml.getAttributeValue(null, "name"));
            }
        }
    }

    private void readTable(InputStream part) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        List<String> columns = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("table")) {
                String name = xml.getAttributeValue(null, "name");
                tables.put(String.valueOf(name).toLowerCase(Locale.ROOT), columns);
            }
            else if (xml.getLocalName().equals("tableColumn")) {
                columns.add(xml.getAttributeValue(null, "name"));
            }
        }
    }
}
