module.exports = {
  displayName: 'web-referrals',
  preset: '../../../jest.web.preset.js',
  coverageDirectory: '../../../coverage/libs/web/referrals',
};
