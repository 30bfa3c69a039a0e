module.exports = {
  displayName: 'web-reports',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/reports',
};
