/**
 * Jingwei (经纬) spreadsheets: reads 台账 kept in Excel (XLSX, streamed) and CSV (UTF-8 or GBK/GB18030) with the
 * Chinese headers real templates use, validates them with the engine, writes annotated workbooks, blank templates
 * and workbooks of a dataset. Optional for embedders; needs {@code io.jingwei.impl} and Apache POI.
 */
module io.jingwei.xlsx {
  requires transitive io.jingwei.api;
  requires io.jingwei.impl;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.dataformat.yaml;
  requires java.xml;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.jingwei.xlsx;
}
