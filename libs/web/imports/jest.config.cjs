module.exports = {
  displayName: 'web-imports',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/imports',
};
