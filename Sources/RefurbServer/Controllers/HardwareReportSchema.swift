// Generated from Schemas/hardware-report.schema.json: edit that file, then refresh this one with
// REFURB_UPDATE_SCHEMA=1 swift test --skip-build --filter HardwareReportSchemaTests (which also checks they agree).
import RefurbCore

/// Schemas/hardware-report.schema.json, which a submitted report must follow: the service stores the report as
/// sent and serves it back, so it accepts only what the schema (and so Schemas/openapi.yaml) promises.
enum HardwareReportSchema {
    static let validator = JSONSchemaValidator(schema: (try? JSONParser.parse(Array(text.utf8))) ?? .object([:]))

    static let text = ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://refurb.example/schemas/hardware-report/1",
      "title": "Refurb hardware report",
      "description": "What `refurb probe` found on one machine and what it could not read. Version 1. Produced by the Diagnostics module (HardwareReport); grading, pricing and the erasure check rely on it. Absent optional fields mean 'not known', never 'zero'.",
      "type": "object",
      "required": ["schemaVersion", "probe", "system", "memory", "storage", "batteries", "firmwareBatteries", "graphics", "displays", "network", "warnings"],
      "additionalProperties": false,
      "properties": {
        "schemaVersion": { "const": 1, "description": "Version of this schema; bumped when a field changes meaning or is removed." },
        "probe": { "$ref": "#/$defs/probe" },
        "system": { "$ref": "#/$defs/system" },
        "cpu": { "$ref": "#/$defs/cpu" },
        "memory": { "$ref": "#/$defs/memory" },
        "storage": { "type": "array", "items": { "$ref": "#/$defs/storageDevice" } },
        "batteries": { "type": "array", "items": { "$ref": "#/$defs/battery" } },
        "firmwareBatteries": { "type": "array", "items": { "$ref": "#/$defs/firmwareBattery" }, "description": "SMBIOS type 22 records: design capacity only." },
        "graphics": { "type": "array", "items": { "$ref": "#/$defs/graphicsAdapter" } },
        "displays": { "type": "array", "items": { "$ref": "#/$defs/display" } },
        "network": { "type": "array", "items": { "$ref": "#/$defs/networkInterface" } },
        "warnings": { "type": "array", "items": { "$ref": "#/$defs/warning" }, "description": "Each thing that could not be read or is not trusted, and why." }
      },
      "$defs": {
        "text": { "type": "string", "minLength": 1 },
        "count": { "type": "integer", "minimum": 0, "maximum": 9223372036854775807 },
        "bytes": { "type": "integer", "minimum": 0, "maximum": 9223372036854775807 },
        "probe": {
          "type": "object",
          "required": ["version", "startedAt", "durationMilliseconds", "root", "privileged", "smartChecked"],
          "additionalProperties": false,
          "properties": {
            "version": { "type": "string", "description": "Version of the probe (not of the schema)." },
            "startedAt": { "type": "string", "format": "date-time", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "description": "In UTC, to the second, as the probe writes it." },
            "durationMilliseconds": { "type": "number", "minimum": 0 },
            "root": { "type": "string", "description": "Directory read as / (a fixture or a mounted image when not '/')." },
            "privileged": { "type": "boolean", "description": "Ran as root; without it SMBIOS tables, serials and SMART are out of reach." },
            "smartChecked": { "type": "boolean" }
          }
        },
        "system": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "manufacturer": { "$ref": "#/$defs/text" },
            "product": { "$ref": "#/$defs/text", "description": "SMBIOS type 1 product name as written (a machine-type code on Lenovo)." },
            "model": { "$ref": "#/$defs/text", "description": "What people call the machine (Version on Lenovo)." },
            "version": { "$ref": "#/$defs/text" },
            "serialNumber": { "$ref": "#/$defs/text" },
            "uuid": { "type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" },
            "sku": { "$ref": "#/$defs/text" },
            "family": { "$ref": "#/$defs/text" },
            "baseboard": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "manufacturer": { "$ref": "#/$defs/text" },
                "product": { "$ref": "#/$defs/text" },
                "version": { "$ref": "#/$defs/text" },
                "serialNumber": { "$ref": "#/$defs/text" }
              }
            },
            "chassis": {
              "type": "object",
              "required": ["typeCode", "typeName"],
              "additionalProperties": false,
              "properties": {
                "typeCode": { "type": "integer", "minimum": 0, "maximum": 127 },
                "typeName": { "type": "string" },
                "manufacturer": { "$ref": "#/$defs/text" },
                "serialNumber": { "$ref": "#/$defs/text" }
              }
            },
            "bios": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "vendor": { "$ref": "#/$defs/text" },
                "version": { "$ref": "#/$defs/text" },
                "releaseDate": { "$ref": "#/$defs/text" }
              }
            },
            "suggestedCategory": { "enum": ["laptop", "desktop", "all-in-one", "tablet", "phone", "monitor", "printer", "other"] },
            "source": { "enum": ["smbios-tables", "smbios-dump", "dmi-id"] },
            "smbiosVersion": { "type": "string" }
          }
        },
        "cpu": {
          "type": "object",
          "required": ["flags"],
          "additionalProperties": false,
          "properties": {
            "model": { "$ref": "#/$defs/text" },
            "vendor": { "$ref": "#/$defs/text" },
            "sockets": { "$ref": "#/$defs/count" },
            "cores": { "$ref": "#/$defs/count" },
            "threads": { "$ref": "#/$defs/count" },
            "maxMHz": { "$ref": "#/$defs/count" },
            "currentMHz": { "$ref": "#/$defs/count" },
            "virtualization": { "enum": ["VT-x", "AMD-V"] },
            "is64Bit": { "type": "boolean" },
            "underHypervisor": { "type": "boolean" },
            "flags": { "type": "array", "items": { "enum": ["lm", "vmx", "svm", "nx", "pae", "aes", "sse4_2", "avx", "avx2", "avx512f", "hypervisor"] } }
          }
        },
        "memory": {
          "type": "object",
          "required": ["modules"],
          "additionalProperties": false,
          "properties": {
            "usableBytes": { "$ref": "#/$defs/bytes", "description": "MemTotal from /proc/meminfo." },
            "installedBytes": { "$ref": "#/$defs/bytes", "description": "Sum of installed module sizes." },
            "mappedBytes": { "$ref": "#/$defs/bytes" },
            "maximumCapacityBytes": { "$ref": "#/$defs/bytes" },
            "slotCount": { "$ref": "#/$defs/count" },
            "emptySlotCount": { "$ref": "#/$defs/count" },
            "modules": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["installed"],
                "additionalProperties": false,
                "properties": {
                  "slot": { "$ref": "#/$defs/text" },
                  "bank": { "$ref": "#/$defs/text" },
                  "installed": { "type": "boolean" },
                  "sizeBytes": { "$ref": "#/$defs/bytes" },
                  "type": { "$ref": "#/$defs/text" },
                  "formFactor": { "$ref": "#/$defs/text" },
                  "speedMTs": { "$ref": "#/$defs/count" },
                  "configuredSpeedMTs": { "$ref": "#/$defs/count" },
                  "manufacturer": { "$ref": "#/$defs/text" },
                  "partNumber": { "$ref": "#/$defs/text" },
                  "serialNumber": { "$ref": "#/$defs/text" }
                }
              }
            }
          }
        },
        "storageDevice": {
          "type": "object",
          "required": ["name", "devicePath", "sizeBytes", "transport", "removable", "readOnly"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string" },
            "devicePath": { "type": "string" },
            "model": { "$ref": "#/$defs/text" },
            "vendor": { "$ref": "#/$defs/text" },
            "serialNumber": { "$ref": "#/$defs/text" },
            "wwn": { "type": "string" },
            "firmwareVersion": { "$ref": "#/$defs/text" },
            "sizeBytes": { "$ref": "#/$defs/bytes" },
            "logicalSectorSize": { "$ref": "#/$defs/count" },
            "physicalSectorSize": { "$ref": "#/$defs/count" },
            "rotational": { "type": "boolean" },
            "rotationRateRPM": { "$ref": "#/$defs/count" },
            "transport": { "enum": ["sata", "nvme", "usb", "mmc", "scsi", "virtio", "unknown"] },
            "removable": { "type": "boolean" },
            "readOnly": { "type": "boolean" },
            "smart": { "$ref": "#/$defs/smart" }
          }
        },
        "smart": {
          "type": "object",
          "required": ["verdict", "reasons", "messages"],
          "additionalProperties": false,
          "properties": {
            "verdict": { "enum": ["ok", "warning", "failing", "unknown"], "description": "failing only on smartctl's own DISK FAILING (exit bit 3) or smart_status.passed false." },
            "reasons": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["severity", "key", "arguments", "text"],
                "properties": {
                  "severity": { "enum": ["info", "warning", "failing"] },
                  "key": { "type": "string" },
                  "arguments": { "type": "array", "items": { "type": "string" } },
                  "text": { "type": "string" }
                },
                "additionalProperties": false
              }
            },
            "exitStatus": { "type": "integer", "minimum": 0, "maximum": 255 },
            "passed": { "type": "boolean" },
            "powerOnHours": { "$ref": "#/$defs/count" },
            "powerCycles": { "$ref": "#/$defs/count" },
            "temperatureCelsius": { "type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807 },
            "reallocatedSectors": { "$ref": "#/$defs/count" },
            "pendingSectors": { "$ref": "#/$defs/count" },
            "uncorrectableSectors": { "$ref": "#/$defs/count" },
            "percentageUsed": { "$ref": "#/$defs/count", "description": "Wear in percent of rated endurance; may exceed 100." },
            "mediaErrors": { "$ref": "#/$defs/count" },
            "availableSparePercent": { "$ref": "#/$defs/count" },
            "smartctlVersion": { "type": "string" },
            "messages": { "type": "array", "items": { "type": "string" } }
          }
        },
        "battery": {
          "type": "object",
          "required": ["name"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string" },
            "present": { "type": "boolean" },
            "status": { "type": "string" },
            "technology": { "type": "string" },
            "manufacturer": { "type": "string" },
            "model": { "type": "string" },
            "serialNumber": { "type": "string" },
            "healthPercent": { "type": "number", "minimum": 0, "description": "Full against design capacity; may exceed 100." },
            "healthBasis": { "enum": ["energy", "charge"], "description": "energy: µWh pair; charge: µAh pair. Never mixed." },
            "fullCapacity": { "type": "integer", "minimum": 0, "maximum": 9223372036854775807 },
            "designCapacity": { "type": "integer", "minimum": 1, "maximum": 9223372036854775807 },
            "cycleCount": { "type": "integer", "minimum": 1, "maximum": 9223372036854775807, "description": "Absent when not reported (the kernel's 0)." },
            "chargePercent": { "type": "integer", "minimum": 0, "maximum": 100 }
          }
        },
        "firmwareBattery": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "location": { "type": "string" },
            "manufacturer": { "type": "string" },
            "deviceName": { "type": "string" },
            "chemistry": { "type": "string" },
            "designCapacityMilliwattHours": { "$ref": "#/$defs/count" },
            "designVoltageMillivolts": { "$ref": "#/$defs/count" }
          }
        },
        "graphicsAdapter": {
          "type": "object",
          "required": ["address", "vendorID", "deviceID"],
          "additionalProperties": false,
          "properties": {
            "address": { "type": "string" },
            "vendorID": { "type": "string", "pattern": "^[0-9a-f]{4}$" },
            "deviceID": { "type": "string", "pattern": "^[0-9a-f]{4}$" },
            "subsystemVendorID": { "type": "string", "pattern": "^[0-9a-f]{4}$" },
            "subsystemDeviceID": { "type": "string", "pattern": "^[0-9a-f]{4}$" },
            "vendorName": { "type": "string" },
            "deviceName": { "type": "string" },
            "driver": { "type": "string" },
            "bootDisplay": { "type": "boolean" }
          }
        },
        "display": {
          "type": "object",
          "required": ["connector", "builtIn", "checksumValid"],
          "additionalProperties": false,
          "properties": {
            "connector": { "type": "string" },
            "builtIn": { "type": "boolean" },
            "manufacturerID": { "type": "string", "minLength": 3, "maxLength": 3 },
            "productCode": { "$ref": "#/$defs/count" },
            "name": { "type": "string" },
            "serialNumber": { "type": "string" },
            "widthCentimetres": { "$ref": "#/$defs/count" },
            "heightCentimetres": { "$ref": "#/$defs/count" },
            "diagonalInches": { "type": "number", "minimum": 0 },
            "nativeWidth": { "$ref": "#/$defs/count" },
            "nativeHeight": { "$ref": "#/$defs/count" },
            "manufactureYear": { "type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807 },
            "checksumValid": { "type": "boolean" }
          }
        },
        "networkInterface": {
          "type": "object",
          "required": ["name", "kind"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string" },
            "kind": { "enum": ["wired", "wireless", "other"] },
            "macAddress": { "type": "string", "pattern": "^([0-9a-f]{2}:){5}[0-9a-f]{2}$" },
            "permanentAddress": { "type": "boolean", "description": "False when randomised or set by software." },
            "driver": { "type": "string" }
          }
        },
        "warning": {
          "type": "object",
          "required": ["area", "key", "arguments", "text"],
          "additionalProperties": false,
          "properties": {
            "area": { "enum": ["system", "smbios", "cpu", "memory", "storage", "smart", "battery", "graphics", "display", "network"] },
            "key": { "type": "string", "description": "Key in the Diagnostics message catalog (French and English)." },
            "arguments": { "type": "array", "items": { "type": "string" } },
            "text": { "type": "string", "description": "The message in English, for readers without the catalog." }
          }
        }
      }
    }
    """##
}
