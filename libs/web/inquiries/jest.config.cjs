module.exports = {
  displayName: 'web-inquiries',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/inquiries',
};
