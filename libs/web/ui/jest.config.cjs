module.exports = {
  displayName: 'web-ui',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/ui',
};
