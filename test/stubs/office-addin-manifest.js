// Stand-in for the ESM-only office-addin-manifest that office-addin-mock requires but never calls in our tests.
module.exports = { OfficeApp: {}, readManifestFile: async () => ({}) };
