/** A host on the module path: the library's module is all it names. */
module host {
  requires vn.danhgia.evaluation.core;
}
