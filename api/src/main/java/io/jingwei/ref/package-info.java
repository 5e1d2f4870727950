/**
 * References between entities (实体引用): the typed identifiers every entity carries and the kinds of
 * entity a dataset holds. API.
 */
@NullMarked
package io.jingwei.ref;

import org.jspecify.annotations.NullMarked;
