# The Glacier workflow through fog-aws (Debian's ruby-fog-aws): its Vault/Archive/Job models,
# its multipart Archive#save and TreeHash, its JSON decoding, Excon's errors. fog has no
# ListJobs paginator: its list_jobs request is walked marker by marker, as its users do.
require 'csv'
require 'json'
require 'stringio'
require 'uri'
require 'fog/aws'

MIB = 1024 * 1024
SINGLE_SIZE = 3 * MIB + 1000
PART_SIZE = MIB
MULTIPART_SIZE = 4 * MIB + MIB / 2
RANGE = (2 * MIB)..(4 * MIB - 1) # tree-hash aligned
PREFIX = ENV.fetch('VAULT_PREFIX', 'fog')
endpoint = URI(ENV.fetch('GLACIER_ENDPOINT'))
$glacier = Fog::AWS::Glacier.new(
  aws_access_key_id: ENV.fetch('AWS_ACCESS_KEY_ID'), aws_secret_access_key: ENV.fetch('AWS_SECRET_ACCESS_KEY'),
  region: ENV.fetch('AWS_DEFAULT_REGION', 'us-east-1'), scheme: endpoint.scheme, host: endpoint.host, port: endpoint.port
)
$single = Random.bytes(SINGLE_SIZE)
$big = Random.bytes(MULTIPART_SIZE)
$state = { jobs: [], ids: {} }

def check(condition, what)
  raise what unless condition
end

def tree_hash(data)
  Fog::AWS::Glacier::TreeHash.digest(data)
end

def wait_until(what)
  deadline = Time.now + 30
  until (value = yield)
    raise "timed out waiting for #{what}" if Time.now > deadline
    sleep 0.1
  end
  value
end

def vaults
  $state[:vault] = $glacier.vaults.create(id: "#{PREFIX}-a")
  other = $glacier.vaults.create(id: "#{PREFIX}-b")
  check($glacier.vaults.get("#{PREFIX}-a").arn.end_with?(":vaults/#{PREFIX}-a"), 'DescribeVault ARN')
  check(["#{PREFIX}-a", "#{PREFIX}-b"].all? { |name| $glacier.vaults.all.map(&:id).include?(name) }, 'vaults.all misses a vault')
  other.destroy
  check(!$glacier.vaults.all.map(&:id).include?("#{PREFIX}-b"), 'a deleted vault is still listed')
end

def upload
  archive = $state[:vault].archives.create(body: $single, description: 'single')
  $state[:ids][:single] = archive.id
end

def multipart
  archive = $state[:vault].archives.create(body: StringIO.new($big), multipart_chunk_size: PART_SIZE, description: 'multipart')
  $state[:ids][:multipart] = archive.id
end

def completed(job_id)
  $state[:jobs] << job_id
  wait_until("job #{job_id}") { (job = $state[:vault].jobs.get(job_id)).completed && job }
end

def start(parameters)
  completed($glacier.initiate_job($state[:vault].id, parameters).headers['x-amz-job-id'])
end

def inventory_json
  job = $state[:vault].jobs.create(type: Fog::AWS::Glacier::Job::INVENTORY, format: 'JSON')
  listed = completed(job.id).get_output.body['ArchiveList'].to_h { |a| [a['ArchiveId'], a] }
  check($state[:ids].values.all? { |id| listed.key?(id) }, 'the JSON inventory misses an archive')
  check(listed[$state[:ids][:multipart]]['SHA256TreeHash'] == tree_hash($big), 'inventory SHA256TreeHash')
end

def inventory_csv
  rows = CSV.parse(start('Type' => 'inventory-retrieval', 'Format' => 'CSV').get_output.body, headers: true)
  check($state[:ids].values.all? { |id| rows.any? { |row| row['ArchiveId'] == id } }, 'the CSV inventory misses an archive')
end

def retrieval_whole
  job = $state[:vault].jobs.create(type: Fog::AWS::Glacier::Job::ARCHIVE, archive_id: $state[:ids][:single])
  job = completed(job.id)
  output = job.get_output
  check(output.body == $single && output.headers['x-amz-sha256-tree-hash'] == tree_hash(output.body), 'whole retrieval')
  first = job.get_output(range: 0..(MIB - 1))
  check(first.status == 206 && first.body == $single[0, MIB] && first.headers['x-amz-sha256-tree-hash'] == tree_hash(first.body), 'ranged GetJobOutput')
end

def retrieval_range
  job = start('Type' => 'archive-retrieval', 'ArchiveId' => $state[:ids][:multipart], 'RetrievalByteRange' => "#{RANGE.begin}-#{RANGE.end}")
  output = job.get_output
  check(output.body == $big[RANGE] && output.headers['x-amz-sha256-tree-hash'] == tree_hash(output.body), 'ranged retrieval')
end

def list_jobs
  seen = []
  marker = nil
  loop do
    page = $glacier.list_jobs($state[:vault].id, { 'limit' => 1 }.merge(marker ? { 'marker' => marker } : {})).body
    seen.concat(page['JobList'].map { |job| job['JobId'] })
    break unless (marker = page['Marker'])
  end
  check(seen.sort == $state[:jobs].sort, "ListJobs pages: #{seen}")
end

def errors
  $glacier.describe_vault("#{PREFIX}-missing")
  raise 'no error for a missing vault'
rescue Excon::Error::NotFound => e
  check(JSON.parse(e.response.body)['code'] == 'ResourceNotFoundException', e.response.body)
end

def cleanup
  $state[:ids].each_value { |id| $glacier.delete_archive($state[:vault].id, id) }
  $state[:vault].destroy
end

current = 'start'
begin
  %w[vaults upload multipart inventory-json inventory-csv retrieval-whole retrieval-range list-jobs errors cleanup].each do |step|
    current = step
    send(step.tr('-', '_'))
    puts "ok #{step}"
    $stdout.flush
  end
rescue StandardError => e
  puts "FAILED #{current}: #{e.class}: #{e.message}"
  warn e.backtrace.first(8).join("\n")
  exit 1
end
