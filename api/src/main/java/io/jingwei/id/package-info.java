/**
 * Checksummed national identifiers: resident ID numbers (公民身份号码), unified social credit codes (统一社会信用代码) and mobile numbers. API.
 */
@NullMarked
package io.jingwei.id;

import org.jspecify.annotations.NullMarked;
