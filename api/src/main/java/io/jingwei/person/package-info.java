/**
 * Attributes of persons (人员属性) coded by national standards: sex (GB/T 2261.1), ethnicity (GB 3304),
 * education, and masked person names. API.
 */
@NullMarked
package io.jingwei.person;

import org.jspecify.annotations.NullMarked;
