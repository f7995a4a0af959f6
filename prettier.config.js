/** Microsoft's Office add-in Prettier settings, with the wider lines this codebase is written in. */
module.exports = {
  ...require("office-addin-prettier-config"),
  printWidth: 120,
};
