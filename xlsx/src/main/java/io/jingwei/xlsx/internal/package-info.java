/**
 * The internals of the spreadsheet module (台账读写实现): cell parsing, the streaming XLSX and CSV readers, the row
 * binder, the workbook writers and the annotator. Implementation, not API.
 */
@NullMarked
package io.jingwei.xlsx.internal;

import org.jspecify.annotations.NullMarked;
