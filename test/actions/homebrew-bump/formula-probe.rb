# Loads a formula with a stub of Homebrew's DSL and prints, per platform (the four 64-bit ones plus
# linux-arm for armv6/armv7 and linux-386), the stable url, mirrors, sha256 and version it declares, as JSON. Blocks whose contents are not the stable download
# (bottle, resource, head, livecheck, patch, test, service) are not evaluated, as in Homebrew.
# Usage: ruby formula-probe.rb Formula/jet.rb
require "json"

PROBE = { os: :darwin, arch: :arm64 }

module OS
  def self.mac? = PROBE[:os] == :darwin
  def self.linux? = PROBE[:os] == :linux
end

module Hardware
  module CPU
    def self.arm? = %i[arm64 arm].include?(PROBE[:arch])
    def self.intel? = %i[amd64 386].include?(PROBE[:arch])
    def self.type = arm? ? :arm : :intel
    def self.is_64_bit? = %i[arm64 amd64].include?(PROBE[:arch])
    def self.is_32_bit? = !is_64_bit?
  end
end

module Language
  module Python
    module Virtualenv; end
  end
end

class Formula
  class << self
    # One record for the whole load: the DSL runs on the subclass, whose class-level ivars are its own.
    def probe = $probe
    def reset! = ($probe = { "url" => nil, "mirrors" => [], "sha256" => nil, "version" => nil, "revision" => 0, "calls" => [] })

    def url(value, **_opts) = ($probe["url"] = value)
    def mirror(value) = $probe["mirrors"] << value
    def sha256(value = nil, **_opts) = ($probe["sha256"] = value)
    # Without an argument `version` reads (as `#{version}` in a url does), as in Homebrew.
    def version(value = nil) = (value.nil? ? $probe["version"] : ($probe["version"] = value))
    def revision(value) = ($probe["revision"] = value)
    def stable = yield
    def on_macos = (yield if OS.mac?)
    def on_linux = (yield if OS.linux?)
    def on_arm = (yield if Hardware::CPU.arm?)
    def on_intel = (yield if Hardware::CPU.intel?)
    # Bare `arm?`/`intel?` as some hand-written taps call them in the class body.
    def arm? = Hardware::CPU.arm?
    def intel? = Hardware::CPU.intel?
    %i[bottle resource head livecheck patch test service go_resource fails_with].each do |name|
      define_method(name) { |*_args, **_opts, &_block| $probe["calls"] << name.to_s }
    end
    def method_missing(_name, *_args, **_opts, &_block) = nil
    def respond_to_missing?(*) = true
  end
end

# Formulas may `require "language/node"` and the like, which only Homebrew provides.
module Kernel
  alias_method :probe_original_require, :require
  def require(name)
    probe_original_require(name)
  rescue LoadError
    true
  end
end

path = ARGV.fetch(0)
source = File.read(path).sub(/^__END__\n.*/m, "")
result = {}
[%i[darwin arm64], %i[darwin amd64], %i[linux arm64], %i[linux amd64], %i[linux arm], %i[linux 386]].each do |os, arch|
  PROBE[:os] = os
  PROBE[:arch] = arch
  Formula.reset!
  before = Object.constants
  eval(source, TOPLEVEL_BINDING, path) # rubocop:disable Security/Eval
  klass = (Object.constants - before).map { |c| Object.const_get(c) }.find { |c| c.is_a?(Class) && c < Formula }
  raise "no Formula subclass in #{path}" unless klass
  result["#{os}-#{arch}"] = Formula.probe.except("calls").merge("blocks" => Formula.probe["calls"].uniq.sort)
  Object.send(:remove_const, klass.name.to_sym)
end
puts JSON.generate(result)
