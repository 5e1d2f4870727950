/**
 * Service provider interface found with ServiceLoader; implemented by jingwei-impl. SPI.
 */
@NullMarked
package io.jingwei.spi;

import org.jspecify.annotations.NullMarked;
