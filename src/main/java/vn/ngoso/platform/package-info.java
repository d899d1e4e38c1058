/**
 * Shared kernel: the embedded database, the caller's scope, text normalisation and the web
 * conventions every module relies on. Open so that every module may use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.ngoso.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
