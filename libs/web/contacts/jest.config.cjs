module.exports = {
  displayName: 'web-contacts',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/contacts',
};
