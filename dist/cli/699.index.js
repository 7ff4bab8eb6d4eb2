export const id = 699;
export const ids = [699];
export const modules = {

/***/ 5699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bom16: () => (/* reexport default export from named module */ _node_modules_cyclonedx_cyclonedx_library_res_schema_bom_1_6_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_0__),
/* harmony export */   cryptoDefs: () => (/* reexport default export from named module */ _node_modules_cyclonedx_cyclonedx_library_res_schema_cryptography_defs_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_1__),
/* harmony export */   jsf: () => (/* reexport default export from named module */ _node_modules_cyclonedx_cyclonedx_library_res_schema_jsf_0_82_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_2__),
/* harmony export */   spdxLicenses: () => (/* reexport default export from named module */ _node_modules_cyclonedx_cyclonedx_library_res_schema_spdx_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_3__)
/* harmony export */ });
/* harmony import */ var _node_modules_cyclonedx_cyclonedx_library_res_schema_bom_1_6_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4113);
/* harmony import */ var _node_modules_cyclonedx_cyclonedx_library_res_schema_cryptography_defs_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1480);
/* harmony import */ var _node_modules_cyclonedx_cyclonedx_library_res_schema_jsf_0_82_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6115);
/* harmony import */ var _node_modules_cyclonedx_cyclonedx_library_res_schema_spdx_SNAPSHOT_schema_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2094);
// The official schemas as the CycloneDX library ships them, imported (not read from disk at run time)
// so that the bundle carries them.







/***/ })

};
