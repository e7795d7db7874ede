const { exec } = require('node:child_process');

function listFiles(userInput) {
  exec('ls ' + userInput);
}

function compute(req) {
  return eval(req.body.expression);
}

module.exports = { listFiles, compute };
