/**
 * Module loading, linkage and hot reload: {@link org.tlang.modules.ModuleRegistry} is one running
 * program; {@link org.tlang.modules.Compiler#check} is `tlang check`.
 */
package org.tlang.modules;
