// The build passed; every report was written; the SARIF is what the CLI writes for the same files.
def log = new File(basedir, 'build.log').text
assert log.contains('kwlint: 1 info in 1 file (2 objects)')
assert !log.contains('[WARNING]') : 'the build printed warnings'
assert log.contains('Deployment/web  (src/main/k8s/web.yaml:1)') // the rollout preview
def reports = new File(basedir, 'target/kwlint')
['kwlint.txt', 'kwlint.sarif', 'kwlint.json', 'TEST-kwlint.xml', 'rollout-preview.txt'].each {
    assert new File(reports, it).isFile() : "missing target/kwlint/$it"
}
def cliSarif = new File(basedir, 'target/cli.sarif')
def cli = ['java', '-jar', kwlintJar, 'check', 'src/main/k8s', '--kube-version', '1.33', '--format', 'sarif',
           '--output', cliSarif.path, '--no-config'].execute(null, basedir)
cli.waitForProcessOutput(System.out, System.err)
assert cli.exitValue() == 0
assert new File(reports, 'kwlint.sarif').text == cliSarif.text : 'the plugin and the CLI wrote different SARIF'
return true
