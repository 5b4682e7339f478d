# Seed 000's Python quickstart (/work/shared/seeds/000_56120496dcf7d0cf.txt, "完整示例"), run against the Aholo
# simulator. Below the line "---- seed 000 ----" the code is the seed's, character for character, except its three
# constants (APPUID, BASE_URL, the image path), which read the environment. Above it is the one thing the seed leaves
# to the reader ("注意:实际使用需添加签名认证"): the Kujiale signature on open-platform calls, added to the query of
# every call to BASE_URL (appkey, timestamp in ms, sign = md5(appSecret + appkey + appuid + timestamp)).
# Run it with tests/seeds/run-seed-000.sh.
import hashlib as _hashlib
import os
import time as _time

import requests as _requests

_APPKEY = os.environ.get("AHOLO_APPKEY", "sim-aholo-key")
_APPSECRET = os.environ.get("AHOLO_APPSECRET", "sim-aholo-secret")


def _signed(method):
    def call(url, params=None, **kwargs):
        if url.startswith(os.environ.get("AHOLO_BASE_URL", "http://localhost:5080/aholo/v2/aholo")):
            params = dict(params or {})
            timestamp = str(int(_time.time() * 1000))
            params.update(appkey=_APPKEY, timestamp=timestamp,
                          sign=_hashlib.md5((_APPSECRET + _APPKEY + params["appuid"] + timestamp).encode()).hexdigest())
        return method(url, params=params, **kwargs)
    return call


_requests.get, _requests.post = _signed(_requests.get), _signed(_requests.post)

# ---- seed 000 ----
import requests
import hashlib
import time

# ========== 配置 ==========
APPUID = os.environ.get("AHOLO_APPUID", "seed-000-user")  # 替换为你的 appuid
BASE_URL = os.environ.get("AHOLO_BASE_URL", "http://localhost:5080/aholo/v2/aholo")

# ========== Step 1: 获取上传Token ==========

def get_upload_token():
    """获取上传凭证"""
    response = requests.get(
        f"{BASE_URL}/upload/token",
        params={"appuid": APPUID}
        # 注意:实际使用需添加签名认证
    )
    
    data = response.json()["d"]
    return {
        "ousToken": data["ousToken"],
        "globalDomain": data["globalDomain"],
        "blockSize": data["blockSize"]
    }

upload_info = get_upload_token()
print(f"✓ 获得 ousToken: {upload_info['ousToken'][:20]}...")
print(f"✓ 上传域名: {upload_info['globalDomain']}")

# ========== Step 2: 上传图片 ==========

def upload_image(file_path, upload_info):
    """上传单个图片文件"""
    
    # 计算 MD5
    with open(file_path, "rb") as f:
        file_data = f.read()
        md5 = hashlib.md5(file_data).hexdigest()
    
    # 上传
    response = requests.post(
        f"https://{upload_info['globalDomain']}/ous/api/v2/single/upload",
        headers={"ous-token-v2": upload_info["ousToken"]},
        files={"file": open(file_path, "rb")},
        data={"md5": md5}
    )
    
    task_id = response.json()["d"]["taskId"]
    
    # 轮询等待上传完成
    while True:
        status_response = requests.get(
            f"https://{upload_info['globalDomain']}/ous/api/v2/upload/status",
            headers={"ous-token-v2": upload_info["ousToken"]}
        )
        
        status_data = status_response.json()["d"]
        status = status_data["status"]
        
        if status == 5:  # 上传成功
            return status_data["url"]
        elif status in [6, 8]:  # 失败
            raise Exception(f"上传失败: status={status}")
        
        print(f"上传状态: {status}, 等待中...")
        time.sleep(0.5)

image_url = upload_image(os.environ["SEED_IMAGE"], upload_info)
print(f"✓ 图片上传成功: {image_url}")

# ========== Step 3: 创建 3D 重建项目 ==========

def create_3d_recon_project(image_url, project_name):
    """创建3D重建项目"""
    
    payload = {
        "projectName": project_name,
        "cover": image_url,
        "scene": "model",  # model=物体, space=室内
        "taskQuality": "NORMAL",  # LOW/NORMAL/HIGH/ULTRA
        "accessLevel": 0,  # 0=公开, 1=私有
        "resources": [
            {
                "name": "input.jpg",
                "type": 0,  # 0=图片
                "url": image_url,
                "meta": {
                    "width": 1920,
                    "height": 1080,
                    "duration": None
                }
            }
        ],
        "uploadSog": False,
        "panorama": False
    }
    
    response = requests.post(
        f"{BASE_URL}/project/create-3d-recon",
        params={"appuid": APPUID},
        json=payload
    )
    
    return response.json()["d"]  # projectId

project_id = create_3d_recon_project(image_url, "我的3D模型")
print(f"✓ 项目创建成功: {project_id}")

# ========== Step 4: 查询任务状态 ==========

def wait_for_task(project_id, timeout=600):
    """等待任务完成"""
    
    start_time = time.time()
    
    while time.time() - start_time < timeout:
        response = requests.post(
            f"{BASE_URL}/project/task/list/by-ids",
            params={"appuid": APPUID},
            json=[project_id]
        )
        
        tasks = response.json()["d"]
        if tasks:
            task = tasks[0]
            status = task["status"]
            
            if status == 3:  # 成功
                return task["result"]
            elif status in [4, 5, 6, 7]:  # 失败/取消/超时/拒绝
                raise Exception(f"任务失败: status={status}")
            
            print(f"任务状态: {status}, 等待中...")
        
        time.sleep(5)
    
    raise Exception("超时")

result = wait_for_task(project_id)
print(f"✓ 任务完成!")

# ========== Step 5: 获取结果 ==========

print("\n📦 3D 资产:")
print(f"   PLY: {result['plyPath']}")
print(f"   SPZ: {result['spzPath']}")
print(f"   SOG: {result['sogPath']}")

# 或获取完整项目信息
project_info = requests.get(
    f"{BASE_URL}/project/info",
    params={"appuid": APPUID, "projectId": project_id}
).json()["d"]

print(f"\n项目名称: {project_info['name']}")
print(f"项目类型: {project_info['projectType']}")  # 0=重建, 1=生成

