/** Helpers shared by the testkit's packages (实现细节): not API, may change without notice. */
@NullMarked
package io.jingwei.testkit.internal;

import org.jspecify.annotations.NullMarked;
