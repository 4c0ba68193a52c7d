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


# The compliance package does not exist.
FAILEDOPERATION_COMPLIANCEPACKISNOTEXIST = 'FailedOperation.CompliancePackIsNotExist'

# Compliance package not stopped.
FAILEDOPERATION_COMPLIANCEPACKISNOTSTOP = 'FailedOperation.CompliancePackIsNotStop'

# Compliance package name already exists.
FAILEDOPERATION_COMPLIANCEPACKNAMEISNOTEXIST = 'FailedOperation.CompliancePackNameIsNotExist'

# The member account for delivery is not a delegated admin or administrator.
FAILEDOPERATION_MEMBERNOTASSIGNMANAGER = 'FailedOperation.MemberNotAssignManager'

# No operations allowed on compliance packages in the control center.
FAILEDOPERATION_NOTALLOWOPERATECONTROLCENTERGOVERNANCEPACKAGE = 'FailedOperation.NotAllowOperateControlCenterGovernancePackage'

# No operations allowed on compliance package rules in the control center
FAILEDOPERATION_NOTALLOWOPERATECONTROLCENTERGOVERNANCEPACKAGERULE = 'FailedOperation.NotAllowOperateControlCenterGovernancePackageRule'

# Monitoring is closed.
FAILEDOPERATION_RECORDERISCLOSE = 'FailedOperation.RecorderIsClose'

# Policy not disabled.
FAILEDOPERATION_RULEISNOTSTOP = 'FailedOperation.RuleIsNotStop'

# Rule name already exists.
FAILEDOPERATION_RULENAMEISEXIST = 'FailedOperation.RuleNameIsExist'

# An account group with identical members already exists.
FAILEDOPERATION_SAMEMEMBERACCOUNTGROUPALREADYEXIST = 'FailedOperation.SameMemberAccountGroupAlreadyExist'

# Internal error.
INTERNALERROR = 'InternalError'

# Parameter error.
INVALIDPARAMETER = 'InvalidParameter'

# The number of user groups exceeds the upper limit.
LIMITEXCEEDED_ACCOUNTGROUPLIMITOVER = 'LimitExceeded.AccountGroupLimitOver'

# Alarm policy count cap
LIMITEXCEEDED_ALERTPOLICYLIMIT = 'LimitExceeded.AlertPolicyLimit'

# The number of compliance packages has reached the upper limit.
LIMITEXCEEDED_COMPLIANCEPACKMAXNUM = 'LimitExceeded.CompliancePackMaxNum'

# The monitoring access count for the current day has reached the limit.
LIMITEXCEEDED_OPENRECORDERLIMITOVER = 'LimitExceeded.OpenRecorderLimitOver'

# Created repair settings exceed the upper limit.
LIMITEXCEEDED_REMEDIATIONMAXNUM = 'LimitExceeded.RemediationMaxNum'

# The number of modifications to the monitoring resource type for the current day has reached the limit.
LIMITEXCEEDED_UPDATERECORDERLIMITOVER = 'LimitExceeded.UpdateRecorderLimitOver'

# Account group does not exist.
RESOURCENOTFOUND_ACCOUNTGROUPISNOTEXIST = 'ResourceNotFound.AccountGroupIsNotExist'

# The compliance package does not exist.
RESOURCENOTFOUND_COMPLIANCEPACKISNOTEXIST = 'ResourceNotFound.CompliancePackIsNotExist'

# The compliance package does not exist.
RESOURCENOTFOUND_COMPLIANCEPACKNOTEXIST = 'ResourceNotFound.CompliancePackNotExist'

# The COS bucket of the submitted member account does not exist.
RESOURCENOTFOUND_DELIVERBUCKETNOTEXIST = 'ResourceNotFound.DeliverBucketNotExist'

# The delivery type does not exist.
RESOURCENOTFOUND_DELIVEREVENTNOTEXIST = 'ResourceNotFound.DeliverEventNotExist'

# Delivery information does not exist.
RESOURCENOTFOUND_DELIVERISNOTEXIST = 'ResourceNotFound.DeliverIsNotExist'

# The member does not exist.
RESOURCENOTFOUND_MEMBERNOTEXIST = 'ResourceNotFound.MemberNotExist'

# Monitoring information not found.
RESOURCENOTFOUND_RECORDERISNOTEXIST = 'ResourceNotFound.RecorderIsNotExist'

# Correct the nonexistent settings.
RESOURCENOTFOUND_REMEDIATIONISNOTEXIST = 'ResourceNotFound.RemediationIsNotExist'

# The resource does not exist.
RESOURCENOTFOUND_RESOURCENOTEXIST = 'ResourceNotFound.ResourceNotExist'

# The resource type does not exist.
RESOURCENOTFOUND_RESOURCETYPENOTEXIST = 'ResourceNotFound.ResourceTypeNotExist'

# The rule does not exist.
RESOURCENOTFOUND_RULEISNOTEXIST = 'ResourceNotFound.RuleIsNotExist'

# Unauthorized operation.
UNAUTHORIZEDOPERATION = 'UnauthorizedOperation'
