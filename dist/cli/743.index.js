export const id = 743;
export const ids = [743];
export const modules = {

/***/ 4743:
/***/ ((module) => {

module.exports = eval("require")("./demo/index.js");


/***/ })

};
