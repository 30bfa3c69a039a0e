module.exports = {
  displayName: 'web-support',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/support',
};
