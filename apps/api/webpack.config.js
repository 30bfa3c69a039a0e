// Bundles the API into dist/apps/api/main.js: our code and libs compiled by ts-loader (with
// decorator metadata, which Nest's injection needs), node_modules left as runtime requires.
const fs = require('node:fs');
const path = require('node:path');
const { sources } = require('webpack');
const nodeExternals = require('webpack-node-externals');

const root = path.resolve(__dirname, '../..');
// The workspace's path aliases (@tsunagu/*), taken from tsconfig.base.json.
const { paths } = require(path.join(root, 'tsconfig.base.json')).compilerOptions;
const alias = Object.fromEntries(Object.entries(paths).map(([name, [file]]) => [`${name}$`, path.join(root, file)]));

module.exports = {
  mode: 'production',
  target: 'node',
  context: root,
  entry: { main: './apps/api/src/main.ts' },
  output: { path: path.join(root, 'dist/apps/api'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  optimization: { minimize: false },
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules') })],
  resolve: {
    extensions: ['.ts', '.js'],
    alias,
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { configFile: path.join(__dirname, 'tsconfig.app.json'), transpileOnly: true },
      },
    ],
  },
  // Nest and TypeORM optionally require packages we do not use; webpack must not fail on them.
  ignoreWarnings: [/Critical dependency/, /Can't resolve '(@nestjs\/microservices|@nestjs\/websockets|class-transformer\/storage)/],
  stats: 'errors-warnings',
  plugins: [
    // The flags Node runs the API with (its heap bound), beside main.js for every launcher to read:
    // scripts/start.mjs, the test and benchmark servers, and the Docker image.
    {
      apply: (compiler) =>
        compiler.hooks.thisCompilation.tap('node-options', (compilation) =>
          compilation.hooks.processAssets.tap({ name: 'node-options', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () =>
            compilation.emitAsset('node-options', new sources.RawSource(fs.readFileSync(path.join(__dirname, 'node-options')))),
          ),
        ),
    },
  ],
};
