module.exports = {
  displayName: 'web-users',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/users',
};
