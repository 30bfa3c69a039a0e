module.exports = {
  displayName: 'web-cases',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/cases',
};
