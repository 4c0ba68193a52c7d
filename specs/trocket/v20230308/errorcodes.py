# -*- coding: utf8 -*-
# Copyright (c) 2017-2025 Tencent. All Rights Reserved.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#    http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.


# Operation failed.
FAILEDOPERATION = 'FailedOperation'

# Instance not ready. Please try again later.
FAILEDOPERATION_INSTANCENOTREADY = 'FailedOperation.InstanceNotReady'

# Operation denied.
OPERATIONDENIED = 'OperationDenied'

# The resource is occupied.
RESOURCEINUSE = 'ResourceInUse'

# Access point does not exist.
RESOURCENOTFOUND_ENDPOINT = 'ResourceNotFound.Endpoint'

# Consumer group does not exist. Please check and try again.
RESOURCENOTFOUND_GROUP = 'ResourceNotFound.Group'

# The instance does not exist.
RESOURCENOTFOUND_INSTANCE = 'ResourceNotFound.Instance'

# Message does not exist.
RESOURCENOTFOUND_MESSAGE = 'ResourceNotFound.Message'

# Migration task does not exist. Please check and try again.
RESOURCENOTFOUND_MIGRATIONTASK = 'ResourceNotFound.MigrationTask'

# Role does not exist. Please check and try again.
RESOURCENOTFOUND_ROLE = 'ResourceNotFound.Role'

# Topic does not exist. Please check and try again.
RESOURCENOTFOUND_TOPIC = 'ResourceNotFound.Topic'

# Resources are unavailable.
RESOURCEUNAVAILABLE = 'ResourceUnavailable'

# The operation is not supported.
UNSUPPORTEDOPERATION = 'UnsupportedOperation'

# The number of instance topics cannot be adjusted below the used quota.
UNSUPPORTEDOPERATION_INSTANCETOPICNUMDOWNGRADE = 'UnsupportedOperation.InstanceTopicNumDowngrade'

# Resource already exists. Please check and try again.
UNSUPPORTEDOPERATION_RESOURCEALREADYEXISTS = 'UnsupportedOperation.ResourceAlreadyExists'
