package io.jingwei.impl.rules.servicecenter;

import io.jingwei.impl.rules.record.RecordCheck;
import io.jingwei.ref.EntityKind;
import io.jingwei.servicecenter.ServiceCenter;

/** A check over the service centres (党群服务中心) of the dataset, one at a time. */
abstract class CenterCheck extends RecordCheck<ServiceCenter> {

  CenterCheck(String name) {
    super(name, ServiceCenter.class, EntityKind.SERVICE_CENTER);
  }
}
