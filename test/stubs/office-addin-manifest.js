// Stand-in for the ESM-only office-addin-manifest that office-addin-mock requires but never calls in our tests.
// OfficeApp carries the real enum values: office-addin-mock compares the mock's host against OfficeApp.Outlook,
// and with an empty enum every mock would behave like Outlook's (no load()/sync() tracking).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
  readManifestFile: async () => ({}),
};
