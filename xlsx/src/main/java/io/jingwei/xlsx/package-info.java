/**
 * Spreadsheets (台账) as input and output of validation: {@link io.jingwei.xlsx.Spreadsheets} reads XLSX workbooks
 * and CSV files into records located by sheet, row and column, writes annotated workbooks, blank templates and
 * workbooks of a dataset; {@link io.jingwei.xlsx.ColumnCatalogue} maps Chinese headers to the wire format. API.
 */
@NullMarked
package io.jingwei.xlsx;

import org.jspecify.annotations.NullMarked;
